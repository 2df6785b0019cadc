{{/* (dict "root" $ "component" "catalog" "settings" <merged settings>). maxUnavailable by default, so a
     single-replica county module never blocks a node drain; set minAvailable to require survivors. */}}
{{- define "linkage-lib.pdb" -}}
{{- $ctx := dict "root" .root "component" .component -}}
{{- $pdb := .settings.podDisruptionBudget -}}
apiVersion: policy/v1
kind: PodDisruptionBudget
metadata:
  name: {{ include "linkage-lib.componentName" $ctx }}
  labels:
    {{- include "linkage-lib.labels" $ctx | nindent 4 }}
spec:
  {{- if $pdb.minAvailable }}
  minAvailable: {{ $pdb.minAvailable }}
  {{- else }}
  maxUnavailable: {{ $pdb.maxUnavailable | default 1 }}
  {{- end }}
  selector:
    matchLabels:
      {{- include "linkage-lib.selectorLabels" $ctx | nindent 6 }}
{{- end -}}
