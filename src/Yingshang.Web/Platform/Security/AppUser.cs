using Microsoft.AspNetCore.Identity;

namespace Yingshang.Web.Platform.Security;

public sealed class AppUser : IdentityUser
{
    public string DisplayName { get; set; } = "";

    /// <summary>The department the user works for; null for prefecture-wide roles and the public.</summary>
    public int? DepartmentId { get; set; }

    public bool IsActive { get; set; } = true;
}

public sealed class AppRole : IdentityRole
{
    public AppRole() { }

    public AppRole(string name, string title, string description) : base(name)
    {
        Title = title;
        Description = description;
    }

    public string Title { get; set; } = "";
    public string Description { get; set; } = "";
}
