<#ftl output_format="HTML">
<#-- The request as sent, key masked. Unlike Allure's own template it has no curl line: the one curl line
     of an exchange is the "Reproduce with curl" attachment, which works when pasted. -->
<#-- @ftlvariable name="data" type="io.qameta.allure.attachment.http.HttpRequestAttachment" -->
<div><#if data.method??>${data.method}<#else>GET</#if> to <#if data.url??>${data.url}<#else>Unknown</#if></div>

<#if (data.headers)?has_content>
    <h4>Headers</h4>
    <div>
        <#list data.headers as name, value>
            <div>${name}: ${value!"null"}</div>
        </#list>
    </div>
</#if>
