{{/* (dict "root" $ "values" .Values.modules.catalog) -> the component's settings as YAML: the chart's
     `defaults` overlaid with the component's own values. Read it back with fromYaml.
     (A zero value - replicas: 0, false, "" - cannot override a default; disable a module instead.) */}}
{{- define "linkage-lib.settings" -}}
{{- toYaml (mergeOverwrite (deepCopy .root.Values.defaults) (deepCopy (.values | default dict))) -}}
{{- end -}}
