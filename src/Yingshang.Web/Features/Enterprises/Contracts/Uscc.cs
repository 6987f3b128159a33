namespace Yingshang.Web.Features.Enterprises.Contracts;

/// <summary>The outcome of checking a 统一社会信用代码: the normalised value, or the precise reason it is not one.</summary>
public sealed record UsccCheck(string Value, string? Error)
{
    public bool IsValid => Error is null;
}

/// <summary>
/// 统一社会信用代码 per GB 32100-2015: 登记管理部门码 (1) · 机构类别码 (1) · 行政区划码 (6) ·
/// 主体标识码 = 组织机构代码 per GB 11714-1997 (9) · 校验码 (1). Input is trimmed, full-width
/// characters are narrowed and letters upper-cased before checking (README.md).
/// </summary>
public static class Uscc
{
    public const int Length = 18;
    public const string Charset = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private static readonly int[] Weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
    private static readonly int[] OrganisationWeights = [3, 7, 9, 10, 5, 8, 4, 2];

    public static string Normalise(string? input)
    {
        if (string.IsNullOrEmpty(input)) return "";
        var chars = input.Trim().Trim('\u3000').ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            // Chinese input methods often produce full-width letters and digits (Ａ, ９).
            if (chars[i] is >= '\uFF01' and <= '\uFF5E') chars[i] = (char)(chars[i] - 0xFEE0);
            chars[i] = char.ToUpperInvariant(chars[i]);
        }
        return new string(chars);
    }

    public static bool IsValid(string? input) => Check(input).IsValid;

    public static UsccCheck Check(string? input)
    {
        var value = Normalise(input);
        return new UsccCheck(value, Problem(value));
    }

    private static string? Problem(string value)
    {
        if (value.Length == 0) return "统一社会信用代码不能为空";
        if (value.Length != Length) return $"统一社会信用代码应为 18 位，实际为 {value.Length} 位";
        for (var i = 0; i < value.Length; i++)
            if (Charset.IndexOf(value[i], StringComparison.Ordinal) < 0)
                return $"第 {i + 1} 位字符“{value[i]}”不合法：只能是数字或除 I、O、S、V、Z 以外的大写字母";
        var department = UsccCodes.Department(value[0]);
        if (department is null) return $"第 1 位登记管理部门码“{value[0]}”不存在";
        if (UsccCodes.Category(value[0], value[1]) is null)
            return $"第 2 位机构类别码“{value[1]}”不适用于登记管理部门“{department}”";
        var division = value.AsSpan(2, 6);
        if (division.ContainsAnyExceptInRange('0', '9')) return $"第 3–8 位行政区划码“{division}”应为 6 位数字";
        if (!UsccCodes.IsProvince(division[..2])) return $"第 3–8 位行政区划码“{division}”的省级代码“{division[..2]}”不存在";
        var expectedOrganisation = OrganisationCheckCharacter(value.AsSpan(8, 8));
        if (value[16] != expectedOrganisation)
            return $"第 9–17 位组织机构代码“{value.AsSpan(8, 9)}”校验不通过：第 17 位应为“{expectedOrganisation}”，实际为“{value[16]}”";
        var expected = CheckCharacter(value.AsSpan(0, 17));
        return value[17] == expected ? null : $"校验码错误：第 18 位应为“{expected}”，实际为“{value[17]}”";
    }

    /// <summary>GB 32100-2015 §5: C18 = 31 − (Σ Ci·Wi mod 31), with 31 written as 0.</summary>
    public static char CheckCharacter(ReadOnlySpan<char> first17)
    {
        if (first17.Length != 17) throw new ArgumentException("需要前 17 位", nameof(first17));
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            var value = Charset.IndexOf(first17[i], StringComparison.Ordinal);
            if (value < 0) throw new ArgumentException($"字符“{first17[i]}”不在代码字符集中", nameof(first17));
            sum += value * Weights[i];
        }
        var check = 31 - sum % 31;
        return Charset[check == 31 ? 0 : check];
    }

    /// <summary>GB 11714-1997: C9 = 11 − (Σ Ci·Wi mod 11), 10 written as X and 11 as 0; letters count A = 10 … Z = 35.</summary>
    public static char OrganisationCheckCharacter(ReadOnlySpan<char> body)
    {
        if (body.Length != 8) throw new ArgumentException("需要组织机构代码本体 8 位", nameof(body));
        var sum = 0;
        for (var i = 0; i < 8; i++)
        {
            var c = body[i];
            var value = c switch
            {
                >= '0' and <= '9' => c - '0',
                >= 'A' and <= 'Z' => c - 'A' + 10,
                _ => throw new ArgumentException($"字符“{c}”不能出现在组织机构代码中", nameof(body)),
            };
            sum += value * OrganisationWeights[i];
        }
        return (11 - sum % 11) switch { 10 => 'X', 11 => '0', var n => (char)('0' + n) };
    }
}
