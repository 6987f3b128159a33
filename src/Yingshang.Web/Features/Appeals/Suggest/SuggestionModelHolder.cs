namespace Yingshang.Web.Features.Appeals.Suggest;

public sealed class SuggestOptions
{
    /// <summary>Kept appeals needed before history trains the models (below it the keyword lists and knowledge base decide).</summary>
    public int MinHistory { get; set; } = 50;

    /// <summary>The most recent kept appeals a training reads.</summary>
    public int MaxHistory { get; set; } = 20000;

    /// <summary>How often each instance retrains from the database (new history is learnt without a restart).</summary>
    public static readonly TimeSpan RetrainEvery = TimeSpan.FromHours(1);
}

/// <summary>This instance's current model; replaced whole by each training, read without locks.</summary>
public sealed class SuggestionModelHolder : IDisposable
{
    private readonly SemaphoreSlim _training = new(1, 1);
    private volatile SuggestionModel? _current;

    public SuggestionModel? Current => _current;

    /// <summary>The current model, or a first one trained by <paramref name="train"/> (once, however many requests wait).</summary>
    public async Task<SuggestionModel> GetAsync(Func<CancellationToken, Task<SuggestionModel>> train, CancellationToken ct,
        Func<SuggestionModel, bool>? fresh = null)
    {
        fresh ??= _ => true;
        if (_current is { } model && fresh(model)) return model;
        await _training.WaitAsync(ct);
        try
        {
            if (_current is { } trained && fresh(trained)) return trained;
            return _current = await train(ct);
        }
        finally
        {
            _training.Release();
        }
    }

    public void Replace(SuggestionModel model) => _current = model;

    public void Dispose() => _training.Dispose();
}
