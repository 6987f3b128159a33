namespace Yingshang.Web.Platform.Security;

/// <summary>
/// The stored actor names that are not users (<see cref="ICurrentUser.Name"/>) as pages show them; the stored value stays
/// the key the audit log is filtered by.
/// </summary>
public static class ActorNames
{
    public const string System = "system", Anonymous = "anonymous";

    /// <summary>A signed-in user's account, worth showing beside the user's name; not the system or the public.</summary>
    public static bool IsAccount(string? actor) => actor is not (null or "" or System or Anonymous);

    public static string Display(string? actor) => actor switch
    {
        System => "系统",
        Anonymous => "公众（未登录）",
        null or "" => "—",
        _ => actor,
    };
}
