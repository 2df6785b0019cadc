{{/* Where videoreview finds Janus: the release's own StatefulSet, or an existing media server. Takes the root. */}}
{{- define "linkage-lib.janusUrl" -}}
{{- if .Values.janus.enabled -}}
{{- printf "http://%s:%v/janus" (include "linkage-lib.componentName" (dict "root" . "component" "janus")) .Values.janus.httpPort -}}
{{- else -}}
{{- required "janus.existing.url is required when janus.enabled is false" .Values.janus.existing.url -}}
{{- end -}}
{{- end -}}

{{- define "linkage-lib.janusAdminUrl" -}}
{{- if .Values.janus.enabled -}}
{{- printf "http://%s:%v/admin" (include "linkage-lib.componentName" (dict "root" . "component" "janus")) .Values.janus.adminPort -}}
{{- else -}}
{{- required "janus.existing.adminUrl is required when janus.enabled is false" .Values.janus.existing.adminUrl -}}
{{- end -}}
{{- end -}}

{{/* The videoreview host's Janus settings; the secrets come from the release Secret. */}}
{{- define "linkage-lib.janusEnv" -}}
- name: Linkage__Janus__Url
  value: {{ include "linkage-lib.janusUrl" . | quote }}
- name: Linkage__Janus__AdminUrl
  value: {{ include "linkage-lib.janusAdminUrl" . | quote }}
{{- with .Values.janus.publicUrl }}
- name: Linkage__Janus__PublicUrl
  value: {{ . | quote }}
{{- end }}
{{- with .Values.janus.recordingsFolder }}
- name: Linkage__Janus__RecordingsFolder
  value: {{ . | quote }}
{{- end }}
{{ include "linkage-lib.secretEnv" (dict "root" . "name" "Linkage__Janus__ApiSecret" "key" "janus-api-secret") }}
{{ include "linkage-lib.secretEnv" (dict "root" . "name" "Linkage__Janus__AdminSecret" "key" "janus-admin-secret") }}
{{ include "linkage-lib.secretEnv" (dict "root" . "name" "Linkage__Janus__RoomAdminKey" "key" "janus-room-admin-key") }}
{{- end -}}
