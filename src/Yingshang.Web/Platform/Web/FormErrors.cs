using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using Yingshang.Web.Platform.Errors;

namespace Yingshang.Web.Platform.Web;

/// <summary>Shows a domain exception on a Razor form the way the API reports it: a field error at its field, a rule in the summary.</summary>
public static class FormErrors
{
    /// <summary>
    /// True when <paramref name="error"/> was put into <paramref name="state"/>; meant for <c>catch (Exception e) when (...)</c>.
    /// The field of a <see cref="FieldValidationException"/> (camelCase, as in the API) is matched to a property of
    /// <paramref name="input"/> bound under <paramref name="prefix"/>; a field the form lacks goes to the summary.
    /// </summary>
    public static bool TryAddDomainError(this ModelStateDictionary state, Exception error, Type input, string prefix = "Input")
    {
        switch (error)
        {
            case FieldValidationException e:
                foreach (var (field, message) in e.Errors)
                {
                    var property = input.GetProperty(field, System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.IgnoreCase);
                    state.AddModelError(property is null ? "" : $"{prefix}.{property.Name}", message);
                }
                return true;
            case BusinessRuleException e:
                state.AddModelError("", e.Message);
                return true;
            case DbUpdateConcurrencyException:
                state.AddModelError("", "该记录在您读取之后已被他人修改，请刷新页面后重试。");
                return true;
            case DbUpdateException e when Persistence.KeyViolation.Is(e):
                state.AddModelError("", "同样的记录刚刚已由他人保存（可能是同时提交），请刷新页面后查看。");
                return true;
            default:
                return false;
        }
    }

    /// <summary>Every field error at the form field <paramref name="names"/> maps it to (the summary when unmapped).</summary>
    public static void AddFieldErrors(this ModelStateDictionary state, FieldValidationException error, IReadOnlyDictionary<string, string> names)
    {
        foreach (var (field, message) in error.Errors) state.AddModelError(names.GetValueOrDefault(field, ""), message);
    }
}
