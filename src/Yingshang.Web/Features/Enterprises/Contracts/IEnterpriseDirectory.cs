namespace Yingshang.Web.Features.Enterprises.Contracts;

/// <summary>Read access to the register for other capabilities (policy matching, inspections, appeals). Scoped.</summary>
public interface IEnterpriseDirectory
{
    /// <summary>Null when the USCC is not registered; the USCC is normalised first (trim, upper case).</summary>
    Task<EnterpriseFacts?> FindAsync(string uscc, CancellationToken ct);

    /// <summary>The registered ones among <paramref name="usccs"/>, keyed by normalised USCC.</summary>
    Task<IReadOnlyDictionary<string, EnterpriseFacts>> FindManyAsync(IEnumerable<string> usccs, CancellationToken ct);

    Task<int> CountAsync(EnterpriseFilter filter, CancellationToken ct);

    /// <summary>Every matching enterprise in USCC order, read in batches so a whole-register run stays in bounded memory.</summary>
    IAsyncEnumerable<EnterpriseFacts> StreamAsync(EnterpriseFilter filter, CancellationToken ct);
}
