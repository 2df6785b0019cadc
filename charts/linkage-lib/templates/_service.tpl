{{/* (dict "root" $ "component" "catalog" "settings" <merged settings>): HTTP/1.1 and h2c (gRPC) ports. */}}
{{- define "linkage-lib.service" -}}
{{- $ctx := dict "root" .root "component" .component -}}
apiVersion: v1
kind: Service
metadata:
  name: {{ include "linkage-lib.componentName" $ctx }}
  labels:
    {{- include "linkage-lib.labels" $ctx | nindent 4 }}
  {{- with .settings.service.annotations }}
  annotations:
    {{- toYaml . | nindent 4 }}
  {{- end }}
spec:
  type: {{ .settings.service.type }}
  selector:
    {{- include "linkage-lib.selectorLabels" $ctx | nindent 4 }}
  ports:
    - name: http
      port: {{ .root.Values.ports.http }}
      targetPort: http
      protocol: TCP
      appProtocol: http
    - name: grpc
      port: {{ .root.Values.ports.grpc }}
      targetPort: grpc
      protocol: TCP
      appProtocol: kubernetes.io/h2c
{{- end -}}
