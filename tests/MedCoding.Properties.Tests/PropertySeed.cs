namespace MedCoding.Properties;

/// <summary>
/// The one seed every property test starts from (each class's <c>[Properties(Replay = PropertySeed.Replay)]</c>), so that a
/// run, in CI or anywhere, generates the same cases and a failure is reproducible.
/// </summary>
/// <remarks>
/// <para>
/// To explore with a random seed locally, build with the MSBuild property <c>PropertySeed=random</c>:
/// <c>dotnet test tests/MedCoding.Properties.Tests -c Release -m:1 -p:PropertySeed=random</c>. A failure then prints the
/// seed it started from (FsCheck's "Falsifiable, after N tests ... (seed,gamma)"): put it in
/// <c>[Property(Replay = "seed,gamma")]</c> on that test to replay it, and keep the case it found as a plain test.
/// </para>
/// <para>
/// FsCheck's seed is a pair: the SplitMix generator's seed and its gamma (an odd number).
/// </para>
/// </remarks>
internal static class PropertySeed
{
#if RANDOM_PROPERTY_SEED
    /// <summary>No replay: FsCheck picks a new seed each run.</summary>
    public const string? Replay = null;
#else
    /// <summary>The seed and gamma every run replays.</summary>
    public const string Replay = "20261202,1442695040888963407";
#endif
}
