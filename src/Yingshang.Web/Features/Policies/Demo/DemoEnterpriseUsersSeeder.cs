using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Yingshang.Eligibility;
using Register = Yingshang.Eligibility.Data.Register;
using Yingshang.Web.Features.Enterprises.Contracts;
using Yingshang.Web.Features.Policies.Evaluate;
using Yingshang.Web.Features.Policies.Grants;
using Yingshang.Web.Features.Policies.MatchRuns;
using Yingshang.Web.Platform.Persistence;
using Yingshang.Web.Platform.Security;

namespace Yingshang.Web.Features.Policies.Demo;

/// <summary>
/// Demo 企业用户 qiye.demo1–3 (password Demo#2026), each linked by the <c>uscc</c> claim to a demo enterprise chosen from
/// the register at start-up: demo1 and demo2 qualify for a 免申即享 benefit (two different ones where the register allows),
/// demo3 is undetermined for one with data it can supply (快申快享 queue).
/// </summary>
internal sealed class DemoEnterpriseUsersSeeder(UserManager<AppUser> users, IEnterpriseDirectory directory, TimeProvider clock) : ISeeder
{
    public const string Password = "Demo#2026";

    public int Order => 45;
    public bool DemoOnly => true;

    public async Task SeedAsync(AppDbContext db, CancellationToken ct)
    {
        if (await users.FindByNameAsync("qiye.demo1") is not null) return;
        var today = Platform.Time.ChinaTime.Today(clock);
        var benefits = (await FrozenBenefits.InForceAsync(db, today, ct)).Where(b => b.Mode is BenefitMode.Automatic or BenefitMode.FastTrack).ToList();
        if (benefits.Count == 0) return;
        var rules = FrozenBenefits.Compile(benefits);
        var register = new List<EnterpriseFacts>();
        await foreach (var e in directory.StreamAsync(new EnterpriseFilter(), ct)) register.Add(e);
        if (register.Count == 0) return;
        var result = rules.Evaluate(Register.Build([.. register.Select(PolicyEvaluator.ToFacts)]), today);
        var picked = new List<EnterpriseFacts>();
        // Two passes: a different benefit for each user where the register allows, else two enterprises of one benefit.
        for (var pass = 0; pass < 2 && picked.Count < 2; pass++)
            foreach (var b in benefits.Where(b => b.Mode == BenefitMode.Automatic && b.Amount is not null))
            {
                if (picked.Count == 2) break;
                var i = result.Enterprises(rules.IndexOf(b.Code), Outcome.Eligible).Select(i => (int?)i)
                    .FirstOrDefault(i => picked.All(p => p.Uscc != register[i!.Value].Uscc));
                if (i is { } index) picked.Add(register[index]);
            }
        var undetermined = benefits.SelectMany(b => result.Enterprises(rules.IndexOf(b.Code), Outcome.Undetermined)
                .Where(i => GrantIssuer.Missing(rules, register[i], b.Code, today).Count > 0).Take(1))
            .Select(i => register[i]).FirstOrDefault(e => picked.All(p => p.Uscc != e.Uscc));
        if (undetermined is not null) picked.Add(undetermined);
        for (var n = 0; n < picked.Count; n++)
            await CreateAsync($"qiye.demo{n + 1}", picked[n], $"1398710000{n + 1}");
    }

    /// <param name="phone">The contact's mobile, so that 我的诉求 › 提交 has one to prefill as a real account would.</param>
    private async Task CreateAsync(string userName, EnterpriseFacts enterprise, string phone)
    {
        var user = new AppUser { UserName = userName, DisplayName = enterprise.Name, PhoneNumber = phone };
        Check(await users.CreateAsync(user, Password));
        Check(await users.AddToRoleAsync(user, Roles.Enterprise));
        Check(await users.AddClaimAsync(user, new Claim(AppClaims.Uscc, enterprise.Uscc)));
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded) throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
    }
}
