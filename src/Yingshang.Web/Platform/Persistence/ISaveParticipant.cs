namespace Yingshang.Web.Platform.Persistence;

/// <summary>
/// Derived data a capability keeps in step with its rows: called by <see cref="AppDbContext"/> before every save with
/// the tracked changes (original values still known), it returns the writes to make after the save, in the same
/// transaction, or null when the save concerns it not. Registered as <c>services.AddScoped&lt;ISaveParticipant, X&gt;()</c>.
/// </summary>
public interface ISaveParticipant
{
    Func<AppDbContext, CancellationToken, Task>? Prepare(AppDbContext db);
}
