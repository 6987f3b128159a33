namespace Yingshang.Web.Platform.Persistence;

/// <summary>
/// A row derived from audited changes (a roll-up's delta), added by an <see cref="ISaveParticipant"/> to the save it
/// follows: not audited itself (the trail has the change), and no longer tracked once saved.
/// </summary>
public interface IDerivedRow;
