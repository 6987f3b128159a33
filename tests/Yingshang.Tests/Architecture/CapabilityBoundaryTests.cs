using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;

namespace Yingshang.Tests.Architecture;

/// <summary>
/// Capabilities talk to each other only through their <c>Contracts</c> namespace. Organisation (departments,
/// regions) is master data every capability needs and Admin is the administration area over all of them.
/// </summary>
public sealed partial class CapabilityBoundaryTests
{
    private static readonly HashSet<string> Open = new(StringComparer.Ordinal) { "Organisation", "Shared", "Admin", "Account", "Error" };

    [Fact]
    public void A_capability_uses_another_only_through_its_contracts()
    {
        var features = Path.Combine(RepositoryRoot(), "src", "Yingshang.Web", "Features");
        var violations = new List<string>();
        foreach (var file in Directory.EnumerateFiles(features, "*.cs*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(features, file);
            var parts = relative.Split(Path.DirectorySeparatorChar);
            if (parts.Length == 1) continue; // the Features root: layout imports and the home page
            var owner = parts[0];
            if (Open.Contains(owner) && owner != "Organisation") continue;
            foreach (Match m in FeatureReference().Matches(File.ReadAllText(file)))
            {
                var target = m.Groups["capability"].Value;
                if (target == owner || target == "IndexModel" || Open.Contains(target) || m.Groups["rest"].Value.StartsWith(".Contracts", StringComparison.Ordinal)) continue;
                violations.Add($"{relative}: {m.Value}");
            }
        }
        violations.ShouldBeEmpty(string.Join('\n', violations));
    }

    [Fact]
    public void The_rule_sees_the_feature_folders() =>
        Directory.EnumerateDirectories(Path.Combine(RepositoryRoot(), "src", "Yingshang.Web", "Features")).ShouldNotBeEmpty();

    [GeneratedRegex(@"Yingshang\.Web\.Features\.(?<capability>[A-Za-z]+)(?<rest>(\.[A-Za-z]+)*)")]
    private static partial Regex FeatureReference();

    private static string RepositoryRoot([CallerFilePath] string here = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(here)!, "..", "..", ".."));
}
