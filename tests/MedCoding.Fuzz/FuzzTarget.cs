namespace MedCoding.Fuzz;

/// <summary>
/// One parser under fuzzing: how to feed it bytes, which exception is its own (a rejected input), the seed corpus, and
/// the patient-like values its seeds carry (which no message may repeat).
/// </summary>
internal sealed class FuzzTarget
{
    /// <summary>Gets the target's name, as the libFuzzer entry point and the replay test take it.</summary>
    public required string Name { get; init; }

    /// <summary>Gets the parser run on one input; it returns normally or throws.</summary>
    public required Action<byte[]> Run { get; init; }

    /// <summary>Gets whether an exception is the parser's own typed rejection of bad input.</summary>
    public required Func<Exception, bool> IsTyped { get; init; }

    /// <summary>Gets the seed corpus: the samples and small inputs, built when first asked (excerpts of the official files are read then).</summary>
    public required Func<IReadOnlyList<byte[]>> Seeds { get; init; }

    /// <summary>Gets the values of the seeds that stand for patient data (names, member ids, birth dates): no message may contain one.</summary>
    public IReadOnlyList<string> PatientValues { get; init; } = [];

    /// <summary>Gets tokens of the format the mutator inserts (delimiters, keywords).</summary>
    public IReadOnlyList<string> Tokens { get; init; } = [];

    /// <summary>Returns what is wrong with one run's outcome, or <see langword="null"/>: an exception that is not the typed one, or a typed one whose message repeats patient data.</summary>
    public string? Check(Exception? thrown)
    {
        if (thrown is null)
        {
            return null;
        }

        if (!IsTyped(thrown))
        {
            return $"{thrown.GetType().FullName}: {thrown.Message}\n{thrown.StackTrace}";
        }

        foreach (var value in PatientValues)
        {
            if (thrown.Message.Contains(value, StringComparison.Ordinal))
            {
                return $"the message repeats the patient value '{value}': {thrown.Message}";
            }
        }

        return null;
    }

    public override string ToString() => Name;
}
