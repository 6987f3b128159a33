namespace Yingshang.Web.Platform.Errors;

/// <summary>
/// Collects the field errors of a whole form, so the person filling it learns every mistake at once instead of one per
/// submit. Each check runs a validation that throws <see cref="FieldValidationException"/>; <see cref="ThrowIfAny"/> then
/// throws one exception naming every invalid field.
/// </summary>
public sealed class FieldErrors
{
    private readonly List<FieldError> _errors = [];

    public int Count => _errors.Count;

    public void Add(string field, string message) => _errors.Add(new FieldError(field, message));

    /// <summary>The value <paramref name="read"/> returns, or <paramref name="fallback"/> when it found the input invalid.</summary>
    public T Check<T>(Func<T> read, T fallback)
    {
        try
        {
            return read();
        }
        catch (FieldValidationException e)
        {
            _errors.AddRange(e.Errors);
            return fallback;
        }
    }

    /// <summary><see cref="Check{T}"/> for a validation that reads the database.</summary>
    public async Task<T> CheckAsync<T>(Func<Task<T>> read, T fallback)
    {
        try
        {
            return await read();
        }
        catch (FieldValidationException e)
        {
            _errors.AddRange(e.Errors);
            return fallback;
        }
    }

    public void ThrowIfAny()
    {
        if (_errors.Count > 0) throw new FieldValidationException([.. _errors]);
    }
}
