{{/* Non-root, read-only root filesystem, no privilege escalation, no capabilities; /tmp is the one
     writable place (an emptyDir). Takes the root context. */}}

{{- define "linkage-lib.podSecurityContext" -}}
runAsNonRoot: true
runAsUser: {{ .Values.securityContext.runAsUser }}
runAsGroup: {{ .Values.securityContext.runAsGroup }}
fsGroup: {{ .Values.securityContext.runAsGroup }}
seccompProfile:
  type: RuntimeDefault
{{- end -}}

{{- define "linkage-lib.containerSecurityContext" -}}
runAsNonRoot: true
runAsUser: {{ .Values.securityContext.runAsUser }}
readOnlyRootFilesystem: true
allowPrivilegeEscalation: false
privileged: false
capabilities:
  drop: ["ALL"]
{{- end -}}

{{- define "linkage-lib.tmpVolume" -}}
- name: tmp
  emptyDir:
    sizeLimit: {{ .Values.securityContext.tmpSizeLimit }}
{{- end -}}

{{- define "linkage-lib.tmpVolumeMount" -}}
- name: tmp
  mountPath: /tmp
{{- end -}}
