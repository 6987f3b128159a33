using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Yingshang.Web.Platform.Audit;

internal static class AuditHash
{
    public const string Genesis = "0000000000000000000000000000000000000000000000000000000000000000";

    /// <summary>
    /// SHA-256 over every field of the entry, its place in the chain and the previous hash, in a fixed, unambiguous form.
    /// Entries chained before sealing was deferred have <c>Seq = Id</c>, so their stored hashes still hold.
    /// </summary>
    public static string Compute(AuditEntry e)
    {
        var content = string.Join('\u001f',
            (e.Seq ?? 0).ToString(CultureInfo.InvariantCulture),
            DateTime.SpecifyKind(e.At, DateTimeKind.Utc).ToString("O", CultureInfo.InvariantCulture),
            e.Actor, e.Action, e.EntityType, e.EntityKey, e.Before ?? "\u0000", e.After ?? "\u0000", e.PreviousHash);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(content)));
    }
}
