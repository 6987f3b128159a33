using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Yingshang.Web.Features.Enterprises.Contracts;

namespace Yingshang.Web.Features.Policies.MatchRuns;

/// <summary>
/// SHA-256 chained over every enterprise in USCC order (h = SHA-256(h ‖ row)), so the hash does not depend on where
/// chunks end and a resumed run continues from the stored value. The fingerprint adds the rules and the date.
/// </summary>
internal sealed class RegisterHash(string? start)
{
    private byte[] _value = start is null ? new byte[32] : Convert.FromHexString(start);

    public string Hex => Convert.ToHexStringLower(_value);

    public void Add(EnterpriseFacts e)
    {
        var c = CultureInfo.InvariantCulture;
        var row = string.Join('\u001f', e.Uscc, e.Name, e.Kind, e.County, e.IndustryCode, e.Established?.ToString("yyyy-MM-dd", c),
            e.RegisteredCapital?.ToString(c), e.Employees?.ToString(c), e.InsuredEmployees?.ToString(c), e.Revenue?.ToString(c),
            e.TaxPaid?.ToString(c), e.TaxCredit, e.Size, string.Join('|', e.Tags.Order(StringComparer.Ordinal)), e.Abnormal, e.Dishonest, e.RiskClass);
        var bytes = Encoding.UTF8.GetBytes(row);
        var buffer = new byte[32 + bytes.Length];
        _value.CopyTo(buffer, 0);
        bytes.CopyTo(buffer, 32);
        _value = SHA256.HashData(buffer);
    }

    public static string Fingerprint(DateOnly asOf, IEnumerable<FrozenBenefit> benefits, string registerHash)
    {
        var text = new StringBuilder(asOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append('\n');
        foreach (var b in benefits.OrderBy(b => b.Code, StringComparer.Ordinal))
            text.Append(b.Code).Append('\u001f').Append(b.Rule).Append('\u001f').Append(b.Amount).Append('\n');
        text.Append(registerHash);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }
}
