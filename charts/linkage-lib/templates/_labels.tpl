{{/* (dict "root" $ "component" "catalog") */}}
{{- define "linkage-lib.selectorLabels" -}}
app.kubernetes.io/name: {{ include "linkage-lib.name" .root }}
app.kubernetes.io/instance: {{ .root.Release.Name }}
app.kubernetes.io/component: {{ .component }}
{{- end -}}

{{- define "linkage-lib.labels" -}}
{{ include "linkage-lib.selectorLabels" . }}
app.kubernetes.io/part-of: linkage
app.kubernetes.io/version: {{ .root.Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .root.Release.Service }}
helm.sh/chart: {{ printf "%s-%s" .root.Chart.Name .root.Chart.Version | replace "+" "_" }}
{{- end -}}
