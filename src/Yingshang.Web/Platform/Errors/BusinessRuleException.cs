namespace Yingshang.Web.Platform.Errors;

/// <summary>A rule of the domain refused the action (an illegal transition, a duplicate). 409 in the API, a form error on pages.</summary>
public sealed class BusinessRuleException(string code, string message) : Exception(message)
{
    public string Code { get; } = code;
}

/// <summary>Input that is well-formed but invalid for a named field. 422 in the API, a field error on pages.</summary>
public sealed class FieldValidationException(string field, string message) : Exception(message)
{
    public string Field { get; } = field;
}
