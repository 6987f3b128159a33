using System.Collections.Concurrent;

namespace Yingshang.Web.Platform.Persistence;

/// <summary>
/// Numbers this instance has reserved but not yet handed out, per counter. Numbers stay unique across instances and
/// ascend within one; an instance that stops leaves the rest of its block unused (a gap in the numbering).
/// </summary>
public sealed class CounterBlocks
{
    public const int Size = 50;
    private readonly ConcurrentDictionary<string, Block> _blocks = new(StringComparer.Ordinal);

    /// <param name="reserve">Adds <see cref="Size"/> to the stored counter, committed at once, and returns the new value.</param>
    public async Task<long> NextAsync(string name, Func<long, Task<long>> reserve, CancellationToken ct)
    {
        var block = _blocks.GetOrAdd(name, _ => new Block());
        await block.Gate.WaitAsync(ct);
        try
        {
            if (block.Next > block.Last)
            {
                var last = await reserve(Size);
                (block.Next, block.Last) = (last - Size + 1, last);
            }
            return block.Next++;
        }
        finally
        {
            block.Gate.Release();
        }
    }

    private sealed class Block
    {
        public SemaphoreSlim Gate { get; } = new(1, 1);
        public long Next { get; set; } = 1;
        public long Last { get; set; }
    }
}
