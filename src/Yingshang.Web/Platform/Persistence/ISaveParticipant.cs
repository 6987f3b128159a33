namespace Yingshang.Web.Platform.Persistence;

/// <summary>
/// Derived data a capability keeps in step with its rows: called by <see cref="AppDbContext"/> before every save, with
/// the tracked changes (original values still known), it adds its <see cref="IDerivedRow"/>s to the context, so they are
/// written in the same batch and transaction as the change. Registered as <c>services.AddScoped&lt;ISaveParticipant, X&gt;()</c>.
/// </summary>
public interface ISaveParticipant
{
    void Prepare(AppDbContext db);
}
