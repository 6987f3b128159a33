using System.Reflection;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Yingshang.Web.Platform.Web;

/// <summary>
/// A posted checkbox whose value is not a boolean ("181") leaves a binding error whose raw value the checkbox tag
/// helper would convert to bool again when the form is shown with its errors — and throw. The error stays; only the raw
/// value goes, so the box is drawn unticked.
/// </summary>
public sealed class UnreadableChoices : IPageFilter
{
    public void OnPageHandlerSelected(PageHandlerSelectedContext context) { }

    public void OnPageHandlerExecuting(PageHandlerExecutingContext context)
    {
        foreach (var (key, entry) in context.ModelState)
        {
            if (entry.ValidationState != ModelValidationState.Invalid || entry.RawValue is null || bool.TryParse(entry.AttemptedValue, out _)) continue;
            if (PropertyType(context.HandlerInstance.GetType(), key) is { } type && (Nullable.GetUnderlyingType(type) ?? type) == typeof(bool))
                entry.RawValue = null;
        }
    }

    public void OnPageHandlerExecuted(PageHandlerExecutedContext context) { }

    /// <summary>The type bound under a model-state key such as <c>Input.Confidential</c>, or null when it is not a plain property path.</summary>
    private static Type? PropertyType(Type root, string key)
    {
        var type = root;
        foreach (var name in key.Split('.'))
        {
            var property = type.GetProperty(name, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase);
            if (property is null) return null;
            type = property.PropertyType;
        }
        return type;
    }
}
