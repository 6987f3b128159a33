using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;

namespace Yingshang.Web.Platform.Web;

/// <summary>The form errors model binding itself reports (a value that is not a number, a date or a yes/no), in Chinese.</summary>
public static class BindingMessages
{
    public static void UseChinese(DefaultModelBindingMessageProvider messages)
    {
        messages.SetAttemptedValueIsInvalidAccessor((value, field) => $"“{value}”不是“{field}”的有效值");
        messages.SetNonPropertyAttemptedValueIsInvalidAccessor(value => $"“{value}”不是有效值");
        messages.SetValueIsInvalidAccessor(value => $"“{value}”无效");
        messages.SetValueMustBeANumberAccessor(field => $"“{field}”须为数字");
        messages.SetNonPropertyValueMustBeANumberAccessor(() => "该项须为数字");
        messages.SetUnknownValueIsInvalidAccessor(field => $"“{field}”的值无效");
        messages.SetNonPropertyUnknownValueIsInvalidAccessor(() => "该值无效");
        messages.SetMissingBindRequiredValueAccessor(field => $"缺少“{field}”");
        messages.SetMissingKeyOrValueAccessor(() => "缺少值");
        messages.SetMissingRequestBodyRequiredValueAccessor(() => "请求内容不能为空");
        messages.SetValueMustNotBeNullAccessor(value => $"“{value}”不能为空");
    }
}
