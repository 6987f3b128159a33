using Yingshang.Web.Platform.Errors;

namespace Yingshang.Web.Features.Policies;

/// <summary>
/// A policy form's field errors and its first refused rule. Every field error is answered, together, before a rule's
/// positions (a 422 of its own shape); a refused rule does not stop the other benefits from being checked.
/// </summary>
internal sealed class PolicyErrors
{
    private RuleInvalidException? _rule;

    public FieldErrors Fields { get; } = new();

    /// <summary>What <paramref name="read"/> returns, or null when it refused a field or a rule.</summary>
    public T? Check<T>(Func<T> read) where T : class
    {
        try
        {
            return Fields.Check<T?>(read, null);
        }
        catch (RuleInvalidException e)
        {
            _rule ??= e;
            return null;
        }
    }

    public void ThrowIfAny()
    {
        Fields.ThrowIfAny();
        if (_rule is not null) throw _rule;
    }
}
