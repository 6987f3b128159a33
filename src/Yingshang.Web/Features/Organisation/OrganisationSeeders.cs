using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Yingshang.Web.Platform.Persistence;
using Yingshang.Web.Platform.Security;

namespace Yingshang.Web.Features.Organisation;

/// <summary>The eight roles exist in every database, demo or not.</summary>
internal sealed class RolesSeeder(RoleManager<AppRole> roles) : ISeeder
{
    public int Order => 0;
    public bool DemoOnly => false;

    public async Task SeedAsync(AppDbContext db, CancellationToken ct)
    {
        foreach (var (name, title, description) in Roles.All)
            if (!await roles.RoleExistsAsync(name))
                await roles.CreateAsync(new AppRole(name, title, description));
    }
}

/// <summary>示范州, its counties, departments and one demo user per role; only into an empty organisation.</summary>
internal sealed class DemoOrganisationSeeder(UserManager<AppUser> users) : ISeeder
{
    public int Order => 10;
    public bool DemoOnly => true;

    public async Task SeedAsync(AppDbContext db, CancellationToken ct)
    {
        if (await db.Regions.AnyAsync(ct)) return;
        var prefecture = new Region(DemoOrganisation.PrefectureCode, DemoOrganisation.PrefectureName, RegionLevel.Prefecture, null);
        db.Regions.Add(prefecture);
        await db.SaveChangesAsync(ct);
        foreach (var d in DemoOrganisation.Departments) db.Departments.Add(new Department(d.Code, d.Name, prefecture.Id));
        foreach (var (code, name) in DemoOrganisation.Counties)
        {
            var county = new Region(code.ToUpperInvariant(), name, RegionLevel.County, prefecture.Id);
            db.Regions.Add(county);
            await db.SaveChangesAsync(ct);
            foreach (var d in DemoOrganisation.Departments)
            {
                var (c, n) = DemoOrganisation.ForCounty(code, name, d);
                db.Departments.Add(new Department(c, n, county.Id));
            }
        }
        await db.SaveChangesAsync(ct);

        var departments = await db.Departments.ToDictionaryAsync(d => d.Code, d => d.Id, ct);
        foreach (var (userName, displayName, role, department) in DemoOrganisation.Users)
        {
            if (await users.FindByNameAsync(userName) is not null) continue;
            var user = new AppUser
            {
                UserName = userName, DisplayName = displayName,
                DepartmentId = department is null ? null : departments[department],
            };
            Check(await users.CreateAsync(user, DemoOrganisation.DemoPassword));
            Check(await users.AddToRoleAsync(user, role));
        }
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
            throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
    }
}
