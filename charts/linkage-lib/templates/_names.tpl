{{/* Names. Every helper takes the root context of the calling chart unless it says otherwise. */}}

{{- define "linkage-lib.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{- define "linkage-lib.fullname" -}}
{{- if .Values.fullnameOverride -}}
{{- .Values.fullnameOverride | trunc 63 | trimSuffix "-" -}}
{{- else -}}
{{- $name := default .Chart.Name .Values.nameOverride -}}
{{- if contains $name .Release.Name -}}
{{- .Release.Name | trunc 63 | trimSuffix "-" -}}
{{- else -}}
{{- printf "%s-%s" .Release.Name $name | trunc 63 | trimSuffix "-" -}}
{{- end -}}
{{- end -}}
{{- end -}}

{{/* (dict "root" $ "component" "catalog") -> <fullname>-catalog: Deployment, Service and Dapr app id. */}}
{{- define "linkage-lib.componentName" -}}
{{- printf "%s-%s" (include "linkage-lib.fullname" .root) .component | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{- define "linkage-lib.secretName" -}}
{{- default (printf "%s-secrets" (include "linkage-lib.fullname" .)) .Values.secrets.name -}}
{{- end -}}

{{- define "linkage-lib.serviceAccountName" -}}
{{- if .Values.serviceAccount.create -}}
{{- default (include "linkage-lib.fullname" .) .Values.serviceAccount.name -}}
{{- else -}}
{{- default "default" .Values.serviceAccount.name -}}
{{- end -}}
{{- end -}}

{{/* (dict "root" $ "repository" "..." "tag" "...") -> repository:tag; the tag defaults to image.tag, then appVersion. */}}
{{- define "linkage-lib.image" -}}
{{- $tag := .tag | default .root.Values.image.tag | default .root.Chart.AppVersion -}}
{{- printf "%s:%s" .repository $tag -}}
{{- end -}}
