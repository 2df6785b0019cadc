{{/* Webhooks__SuiteOrigins__n: the addresses of the suite itself, which no webhook subscription may name (decision
     0602) — the gateway's in-cluster Service under each name a pod resolves, on both ports, and
     config.webhooks.suiteOrigins (its public addresses: the ingress, a province's domain). Takes the root context. */}}
{{- define "linkage-lib.webhooksEnv" -}}
{{- $gateway := include "linkage-lib.componentName" (dict "root" . "component" "gateway") -}}
{{- $ns := .Release.Namespace -}}
{{- $origins := list -}}
{{- range $host := list $gateway (printf "%s.%s" $gateway $ns) (printf "%s.%s.svc" $gateway $ns) (printf "%s.%s.svc.cluster.local" $gateway $ns) }}
{{- range $port := list $.Values.ports.http $.Values.ports.grpc }}
{{- $origins = append $origins (printf "http://%s:%v" $host $port) }}
{{- end }}
{{- end }}
{{- range $i, $origin := concat $origins (.Values.config.webhooks.suiteOrigins | default list) }}
- name: Webhooks__SuiteOrigins__{{ $i }}
  value: {{ $origin | quote }}
{{- end }}
{{- end -}}
