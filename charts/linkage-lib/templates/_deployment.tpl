{{/* A Deployment of one component of the one image.
     (dict "root" $ "component" "catalog" "settings" <merged settings> "image" "repo:tag"
           "dapr" true|false "env" <YAML list of the component's own env entries>) */}}
{{- define "linkage-lib.deployment" -}}
{{- $root := .root -}}
{{- $s := .settings -}}
{{- $name := include "linkage-lib.componentName" . -}}
{{- $ctx := dict "root" $root "component" .component -}}
apiVersion: apps/v1
kind: Deployment
metadata:
  name: {{ $name }}
  labels:
    {{- include "linkage-lib.labels" $ctx | nindent 4 }}
spec:
  replicas: {{ $s.replicas }}
  revisionHistoryLimit: 5
  strategy:
    type: RollingUpdate
    rollingUpdate:
      maxSurge: 1
      maxUnavailable: 0
  selector:
    matchLabels:
      {{- include "linkage-lib.selectorLabels" $ctx | nindent 6 }}
  template:
    metadata:
      labels:
        {{- include "linkage-lib.labels" $ctx | nindent 8 }}
      annotations:
        {{- if .dapr }}
        {{- include "linkage-lib.daprAnnotations" (dict "root" $root "appId" $name) | nindent 8 }}
        {{- else }}
        dapr.io/enabled: "false"
        {{- end }}
        {{- with $s.podAnnotations }}
        {{- toYaml . | nindent 8 }}
        {{- end }}
    spec:
      serviceAccountName: {{ include "linkage-lib.serviceAccountName" $root }}
      automountServiceAccountToken: false
      enableServiceLinks: false
      terminationGracePeriodSeconds: {{ $s.terminationGracePeriodSeconds }}
      securityContext:
        {{- include "linkage-lib.podSecurityContext" $root | nindent 8 }}
      {{- with $root.Values.imagePullSecrets }}
      imagePullSecrets:
        {{- toYaml . | nindent 8 }}
      {{- end }}
      {{- if gt (int $s.replicas) 1 }}
      topologySpreadConstraints:
        - maxSkew: 1
          topologyKey: kubernetes.io/hostname
          whenUnsatisfiable: ScheduleAnyway
          labelSelector:
            matchLabels:
              {{- include "linkage-lib.selectorLabels" $ctx | nindent 14 }}
      {{- end }}
      {{- with $s.nodeSelector }}
      nodeSelector:
        {{- toYaml . | nindent 8 }}
      {{- end }}
      {{- with $s.tolerations }}
      tolerations:
        {{- toYaml . | nindent 8 }}
      {{- end }}
      containers:
        - name: {{ .component }}
          image: {{ .image | quote }}
          imagePullPolicy: {{ $root.Values.image.pullPolicy }}
          ports:
            - name: http
              containerPort: {{ $root.Values.ports.http }}
              protocol: TCP
            - name: grpc
              containerPort: {{ $root.Values.ports.grpc }}
              protocol: TCP
          env:
            {{- include "linkage-lib.commonEnv" $ctx | nindent 12 }}
            {{- include "linkage-lib.kestrelEnv" $root | nindent 12 }}
            {{- include "linkage-lib.authEnv" $root | nindent 12 }}
            {{- with .env }}
            {{- . | nindent 12 }}
            {{- end }}
            {{- with $s.extraEnv }}
            {{- toYaml . | nindent 12 }}
            {{- end }}
          {{- include "linkage-lib.probes" $root | nindent 10 }}
          resources:
            {{- toYaml $s.resources | nindent 12 }}
          securityContext:
            {{- include "linkage-lib.containerSecurityContext" $root | nindent 12 }}
          volumeMounts:
            {{- include "linkage-lib.tmpVolumeMount" $root | nindent 12 }}
      volumes:
        {{- include "linkage-lib.tmpVolume" $root | nindent 8 }}
{{- end -}}
