{{/* A whole component: Deployment, Service and PodDisruptionBudget.
     (dict "root" $ "component" "catalog" "values" <its values> "image" "repo:tag" "dapr" bool "env" <YAML>) */}}
{{- define "linkage-lib.component" -}}
{{- $s := include "linkage-lib.settings" . | fromYaml -}}
{{- $args := merge (dict "settings" $s) . -}}
{{ include "linkage-lib.deployment" $args }}
---
{{ include "linkage-lib.service" $args }}
{{- if $s.podDisruptionBudget.enabled }}
---
{{ include "linkage-lib.pdb" $args }}
{{- end }}
{{- end -}}

{{/* A host's own environment. (dict "root" $ "modules" "catalog") */}}
{{- define "linkage-lib.hostEnv" -}}
- name: Linkage__Modules
  value: {{ .modules | quote }}
{{ include "linkage-lib.dataEnv" .root }}
{{- if has "videoreview" (splitList "," .modules) }}
{{ include "linkage-lib.janusEnv" .root }}
{{- end }}
{{- if has "certificates" (splitList "," .modules) }}
{{/* the seal keys' encryption key: the certificates module's alone (issue 20, hole 9; docs/decisions/0313) */}}
{{ include "linkage-lib.secretEnv" (dict "root" .root "name" "Linkage__Certificates__SealKeyEncryptionKey" "key" "seal-key-encryption-key") }}
{{- end }}
{{- if has "fees" (splitList "," .modules) }}
{{/* the online payment provider's HMAC key: the fees module's alone (docs/decisions/0441) */}}
{{ include "linkage-lib.secretEnv" (dict "root" .root "name" "Linkage__Fees__ProviderKey" "key" "fees-provider-key") }}
{{- end }}
{{- if has "webhooks" (splitList "," .modules) }}
{{ include "linkage-lib.webhooksEnv" .root }}
{{- end }}
{{ include "linkage-lib.federationEnv" .root }}
{{- include "linkage-lib.grpcEnv" .root }}
{{- if .root.Values.dapr.enabled }}
{{- include "linkage-lib.daprEnv" .root }}
{{- end }}
{{- end -}}

{{/* A host running the given modules. (dict "root" $ "component" "catalog" "modules" "catalog" "values" <its values>) */}}
{{- define "linkage-lib.host" -}}
{{- $root := .root -}}
{{- $image := include "linkage-lib.image" (dict "root" $root "repository" $root.Values.image.repository) -}}
{{- $env := include "linkage-lib.hostEnv" . -}}
{{ include "linkage-lib.component" (dict "root" $root "component" .component "values" .values
    "dapr" $root.Values.dapr.enabled "image" $image "env" $env) }}
{{- end -}}

{{/* One service module in its own Deployment (microservices mode; nothing in monolithic mode).
     (dict "root" $ "module" "catalog") */}}
{{- define "linkage-lib.module" -}}
{{- $values := get .root.Values.modules .module | default dict -}}
{{- if and $values.enabled (ne (include "linkage-lib.monolithic" .root) "true") -}}
{{ include "linkage-lib.host" (dict "root" .root "component" .module "modules" .module "values" $values) }}
{{- end -}}
{{- end -}}
