using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Yingshang.Web.Platform.Security;

namespace Yingshang.Web.Platform.Persistence;

internal static class IdentityTables
{
    public static void Configure(ModelBuilder builder)
    {
        builder.Entity<AppUser>(u =>
        {
            u.ToTable("platform_users");
            u.Property(x => x.DisplayName).HasMaxLength(100);
            u.HasOne<Features.Organisation.Department>().WithMany().HasForeignKey(x => x.DepartmentId).OnDelete(DeleteBehavior.Restrict);
        });
        builder.Entity<AppRole>(r =>
        {
            r.ToTable("platform_roles");
            r.Property(x => x.Title).HasMaxLength(50);
            r.Property(x => x.Description).HasMaxLength(200);
        });
        builder.Entity<IdentityUserRole<string>>().ToTable("platform_user_roles");
        builder.Entity<IdentityUserClaim<string>>().ToTable("platform_user_claims");
        builder.Entity<IdentityUserLogin<string>>().ToTable("platform_user_logins");
        builder.Entity<IdentityUserToken<string>>().ToTable("platform_user_tokens");
        builder.Entity<IdentityRoleClaim<string>>().ToTable("platform_role_claims");
    }
}
