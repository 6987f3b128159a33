using System.Globalization;

namespace Yingshang.Web.Platform.Jobs;

/// <summary>This app instance's name in lease columns: host, process and a random part (two hosts in one test process differ).</summary>
public sealed class JobInstance
{
    private long _claims;

    public string Name { get; } = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid().ToString("N")[..8]}";

    /// <summary>A token unique to one claim, so that an instance can tell its current claim from an earlier, expired one.</summary>
    public string NextToken() =>
        $"{Name}#{Interlocked.Increment(ref _claims).ToString(CultureInfo.InvariantCulture)}";
}
