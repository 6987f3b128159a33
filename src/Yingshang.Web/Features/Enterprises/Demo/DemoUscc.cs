using Yingshang.Web.Features.Enterprises.Contracts;

namespace Yingshang.Web.Features.Enterprises.Demo;

/// <summary>Valid USCCs for demo data: market-regulation registrations (9x) with a correct organisation code and check character.</summary>
internal static class DemoUscc
{
    private const string Digits = "0123456789";

    /// <param name="category">1 企业, 2 个体工商户, 3 农民专业合作社.</param>
    /// <param name="division">Six-digit administrative division code of the registering county.</param>
    /// <param name="modern">Codes issued since the 2015 reform start with MA; older ones reuse an all-digit organisation code.</param>
    public static string Create(Random random, char category, string division, bool modern)
    {
        var body = modern
            ? "MA" + new string(Enumerable.Range(0, 6).Select(_ => Uscc.Charset[random.Next(Uscc.Charset.Length)]).ToArray())
            : new string(Enumerable.Range(0, 8).Select(_ => Digits[random.Next(10)]).ToArray());
        var first17 = $"9{category}{division}{body}{Uscc.OrganisationCheckCharacter(body)}";
        return first17 + Uscc.CheckCharacter(first17);
    }
}
