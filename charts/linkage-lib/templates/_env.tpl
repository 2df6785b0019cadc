{{/* Environment shared by every process (host, gateway, migration). Takes the root context. */}}

{{- define "linkage-lib.secretEnv" -}}
- name: {{ .name }}
  valueFrom:
    secretKeyRef:
      name: {{ include "linkage-lib.secretName" .root }}
      key: {{ .key }}
{{- end -}}

{{- define "linkage-lib.kestrelEnv" -}}
- name: Kestrel__Endpoints__Http__Url
  value: {{ printf "http://+:%v" .Values.ports.http | quote }}
- name: Kestrel__Endpoints__Grpc__Url
  value: {{ printf "http://+:%v" .Values.ports.grpc | quote }}
- name: Kestrel__Endpoints__Grpc__Protocols
  value: Http2
{{- end -}}

{{- /* Tokens come from the deployment's OpenID provider (decision 0432): an authority is required, and the shared
       HS256 key from the Secret is offered only to a Development release without one (the processes refuse it
       anywhere else). config.auth.claims maps our claim names to the provider's (decision 0431). */ -}}
{{- define "linkage-lib.authEnv" -}}
{{- $a := .Values.config.auth -}}
- name: Linkage__Auth__Audience
  value: {{ $a.audience | quote }}
{{- if $a.authority }}
- name: Linkage__Auth__Authority
  value: {{ $a.authority | quote }}
{{- else if eq .Values.config.environment "Development" }}
- name: Linkage__Auth__Issuer
  value: {{ $a.issuer | quote }}
{{ include "linkage-lib.secretEnv" (dict "root" . "name" "Linkage__Auth__SigningKey" "key" "signing-key") }}
{{- else }}
{{- fail "config.auth.authority (the province's OpenID provider) is required: a shared signing key is refused outside Development" }}
{{- end }}
{{- range $ours, $theirs := $a.claims }}
- name: {{ printf "Linkage__Auth__Claims__%s" $ours }}
  value: {{ $theirs | quote }}
{{- end }}
{{- end -}}

{{/* The migration's data and messaging: the migrator login, which owns the schemas (decision 0534); the hosts
     connect as the runtime login of connection-string, which owns nothing. */}}
{{- define "linkage-lib.migrationDataEnv" -}}
{{ include "linkage-lib.secretEnv" (dict "root" . "name" "ConnectionStrings__Linkage" "key" "migrator-connection-string") }}
{{ include "linkage-lib.secretEnv" (dict "root" . "name" "Linkage__RabbitMq__Uri" "key" "amqp-uri") }}
{{ include "linkage-lib.secretEnv" (dict "root" . "name" "Linkage__PersonalIdKey" "key" "personal-id-key") }}
{{- end -}}

{{/* Data and messaging: what a host needs besides the common settings. */}}
{{- define "linkage-lib.dataEnv" -}}
{{ include "linkage-lib.secretEnv" (dict "root" . "name" "ConnectionStrings__Linkage" "key" "connection-string") }}
{{ include "linkage-lib.secretEnv" (dict "root" . "name" "Linkage__RabbitMq__Uri" "key" "amqp-uri") }}
{{ include "linkage-lib.secretEnv" (dict "root" . "name" "Linkage__PersonalIdKey" "key" "personal-id-key") }}
{{- end -}}

{{/* (dict "root" $ "component" "catalog") */}}
{{- define "linkage-lib.commonEnv" -}}
- name: ASPNETCORE_ENVIRONMENT
  value: {{ .root.Values.config.environment | quote }}
- name: OTEL_SERVICE_NAME
  value: {{ include "linkage-lib.componentName" . | quote }}
{{- with .root.Values.config.otlpEndpoint }}
- name: OTEL_EXPORTER_OTLP_ENDPOINT
  value: {{ . | quote }}
{{- end }}
{{- with .root.Values.env }}
{{ toYaml . }}
{{- end }}
{{- end -}}

{{/* The Dapr tokens, when the sidecar is configured with them. */}}
{{- define "linkage-lib.daprEnv" -}}
{{- with .Values.dapr.appTokenSecret }}
- name: APP_API_TOKEN
  valueFrom:
    secretKeyRef:
      name: {{ . }}
      key: token
{{- end }}
{{- with .Values.dapr.apiTokenSecret }}
- name: DAPR_API_TOKEN
  valueFrom:
    secretKeyRef:
      name: {{ . }}
      key: token
{{- end }}
{{- end -}}
