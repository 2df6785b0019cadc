{{/* The service modules and where each one is served. Takes the root context unless it says otherwise. */}}

{{/* Module name -> the configuration key's spelling (Linkage:Grpc:VideoReview). */}}
{{- define "linkage-lib.moduleTitle" -}}
{{- $titles := dict "videoreview" "VideoReview" -}}
{{- get $titles . | default (title .) -}}
{{- end -}}

{{- define "linkage-lib.monolithic" -}}
{{- if eq .Values.deploymentMode "monolithic" }}true{{ end -}}
{{- end -}}

{{/* Enabled modules, comma-separated, in a stable order. */}}
{{- define "linkage-lib.enabledModules" -}}
{{- $on := list -}}
{{- range $name, $m := .Values.modules -}}
{{- if $m.enabled }}{{ $on = append $on $name }}{{ end -}}
{{- end -}}
{{- join "," $on -}}
{{- end -}}

{{/* (dict "root" $ "module" "catalog") -> the Service that serves it: its own, or the one host's. */}}
{{- define "linkage-lib.moduleService" -}}
{{- $component := ternary "host" .module (eq (include "linkage-lib.monolithic" .root) "true") -}}
{{- include "linkage-lib.componentName" (dict "root" .root "component" $component) -}}
{{- end -}}

{{/* Linkage__Grpc__<Module> for every enabled module: modules call each other over gRPC only. */}}
{{- define "linkage-lib.grpcEnv" -}}
{{- range $name, $m := .Values.modules }}
{{- if $m.enabled }}
- name: Linkage__Grpc__{{ include "linkage-lib.moduleTitle" $name }}
  value: {{ printf "http://%s:%v" (include "linkage-lib.moduleService" (dict "root" $ "module" $name)) $.Values.ports.grpc | quote }}
{{- end }}
{{- end }}
{{- end -}}

{{/* The gateway's routes: Linkage__Gateway__Modules__<module>__Http / __Grpc. */}}
{{- define "linkage-lib.gatewayRoutesEnv" -}}
{{- range $name, $m := .Values.modules }}
{{- if $m.enabled }}
{{- $svc := include "linkage-lib.moduleService" (dict "root" $ "module" $name) }}
- name: Linkage__Gateway__Modules__{{ $name }}__Http
  value: {{ printf "http://%s:%v" $svc $.Values.ports.http | quote }}
- name: Linkage__Gateway__Modules__{{ $name }}__Grpc
  value: {{ printf "http://%s:%v" $svc $.Values.ports.grpc | quote }}
{{- end }}
{{- end }}
{{- end -}}
