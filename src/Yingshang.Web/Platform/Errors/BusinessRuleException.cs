namespace Yingshang.Web.Platform.Errors;

/// <summary>A rule of the domain refused the action (an illegal transition, a duplicate). 409 in the API, a form error on pages.</summary>
public sealed class BusinessRuleException(string code, string message) : Exception(message)
{
    public string Code { get; } = code;
}

/// <summary>One invalid field: its name as the API spells it (camelCase, dotted for nested objects) and the reason.</summary>
public sealed record FieldError(string Field, string Message);

/// <summary>
/// Input that is well-formed but invalid for one or more named fields. 422 in the API (every field in <c>errors</c>), field
/// errors on pages. <see cref="Field"/> and <see cref="Exception.Message"/> are the first of <see cref="Errors"/>.
/// </summary>
public sealed class FieldValidationException : Exception
{
    public FieldValidationException(string field, string message) : this([new FieldError(field, message)]) { }

    public FieldValidationException(IReadOnlyList<FieldError> errors) : base(errors[0].Message) => Errors = errors;

    public IReadOnlyList<FieldError> Errors { get; }

    public string Field => Errors[0].Field;
}
