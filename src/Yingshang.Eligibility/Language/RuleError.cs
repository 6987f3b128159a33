namespace Yingshang.Eligibility.Language;

/// <summary>A rejected rule: Position is the 0-based UTF-16 character offset into the rule text.</summary>
public sealed record RuleError(int Position, string Message, string MessageEn);

public sealed record CheckResult(bool Valid, IReadOnlyList<RuleError> Errors);

/// <summary>Thrown when rules that failed the check are compiled anyway.</summary>
public sealed class RuleException(string code, IReadOnlyList<RuleError> errors)
    : Exception($"rule of benefit '{code}' is invalid: {string.Join("; ", errors.Select(e => $"{e.Position}: {e.MessageEn}"))}")
{
    public string BenefitCode { get; } = code;

    public IReadOnlyList<RuleError> Errors { get; } = errors;
}
