{{/* Pod annotations for the Dapr sidecar injector. (dict "root" $ "appId" "linkage-catalog") */}}
{{- define "linkage-lib.daprAnnotations" -}}
{{- $d := .root.Values.dapr -}}
dapr.io/enabled: "true"
dapr.io/app-id: {{ .appId | quote }}
dapr.io/app-port: {{ .root.Values.ports.http | quote }}
dapr.io/app-protocol: {{ $d.appProtocol | quote }}
dapr.io/enable-app-health-check: "true"
dapr.io/app-health-check-path: /healthz/live
dapr.io/log-as-json: "true"
dapr.io/sidecar-cpu-request: {{ $d.sidecar.cpuRequest | quote }}
dapr.io/sidecar-memory-request: {{ $d.sidecar.memoryRequest | quote }}
dapr.io/sidecar-memory-limit: {{ $d.sidecar.memoryLimit | quote }}
{{- with $d.appTokenSecret }}
dapr.io/app-token-secret: {{ . | quote }}
{{- end }}
{{- with $d.apiTokenSecret }}
dapr.io/api-token-secret: {{ . | quote }}
{{- end }}
{{- with $d.config }}
dapr.io/config: {{ . | quote }}
{{- end }}
{{- end -}}
