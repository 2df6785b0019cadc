{{/* The deployment's federation identity (docs/federation.md, decisions 0331, 0333). Takes the root context. */}}

{{/* Unique per release: federation.appId, else <namespace>-<release>. */}}
{{- define "linkage-lib.federationAppId" -}}
{{- .Values.federation.appId | default (printf "%s-%s" .Release.Namespace .Release.Name) -}}
{{- end -}}

{{/* Dapr pub/sub by default when the sidecars are injected; rabbitmq-direct otherwise. */}}
{{- define "linkage-lib.federationMode" -}}
{{- if and .Values.dapr.enabled (eq .Values.federation.mode "dapr") }}dapr{{ else }}rabbitmq{{ end -}}
{{- end -}}

{{- define "linkage-lib.federationEnv" -}}
{{- $f := .Values.federation -}}
- name: Linkage__Federation__Mode
  value: {{ include "linkage-lib.federationMode" . | quote }}
- name: Linkage__Federation__AppId
  value: {{ include "linkage-lib.federationAppId" . | quote }}
- name: Linkage__Federation__PubSubName
  value: {{ .Values.dapr.pubsub.name | quote }}
{{- with $f.serves }}
- name: Linkage__Serves
  value: {{ join "," . | quote }}
{{- end }}
{{- with $f.servesExcept }}
- name: Linkage__ServesExcept
  value: {{ join "," . | quote }}
{{- end }}
{{- with $f.relays }}
- name: Linkage__Federation__Relays
  value: {{ join "," . | quote }}
{{- end }}
{{- with $f.signing.secret }}
- name: Linkage__Federation__Signing__ActiveKeyId
  value: {{ required "federation.signing.activeKeyId" $f.signing.activeKeyId | quote }}
{{- range $f.signing.keyIds }}
- name: {{ printf "Linkage__Federation__Signing__Keys__%s" . | quote }}
  valueFrom:
    secretKeyRef:
      name: {{ $f.signing.secret }}
      key: {{ . | quote }}
{{- end }}
{{- end }}
{{- range $appId, $peer := $f.trust }}
{{- with $peer.speaks }}
- name: {{ printf "Linkage__Federation__Trust__%s__Speaks" $appId | quote }}
  value: {{ join "," . | quote }}
{{- end }}
{{- with $peer.sends }}
- name: {{ printf "Linkage__Federation__Trust__%s__Sends" $appId | quote }}
  value: {{ join "," . | quote }}
{{- end }}
{{- range $keyId, $key := $peer.keys }}
- name: {{ printf "Linkage__Federation__Trust__%s__Keys__%s" $appId $keyId | quote }}
  value: {{ $key | quote }}
{{- end }}
{{- end }}
{{- end -}}
