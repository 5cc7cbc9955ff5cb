using System.Reflection;

namespace MedCoding.CodeSets.IO;

/// <summary>
/// Returns the compiled releases a data package embeds as resources (<c>MedCoding.Data.{file}</c>, listed by the
/// embedded <see cref="ReleaseManifest"/>), as <see cref="ReleaseSchedule{T}"/>s that load each release on first use.
/// </summary>
/// <remarks>Every MedCoding data package reads its resources through this one class; the build writes them with the
/// data compiler (<c>eng/Data.targets</c>).</remarks>
/// <threadsafety>Thread-safe; the manifest is read once, on first use.</threadsafety>
public sealed class EmbeddedData
{
    /// <summary>The prefix of every embedded resource's name.</summary>
    public const string ResourcePrefix = "MedCoding.Data.";

    private readonly Assembly _assembly;
    private readonly Lazy<ReleaseManifest> _manifest;

    /// <summary>Initializes the reader of one data package's resources.</summary>
    /// <param name="assembly">The data package's assembly.</param>
    public EmbeddedData(Assembly assembly)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        _assembly = assembly;
        _manifest = new Lazy<ReleaseManifest>(ReadManifest, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>Gets the package's manifest: every embedded file and its release.</summary>
    /// <exception cref="InvalidOperationException">The assembly was built without its data.</exception>
    public ReleaseManifest Manifest => _manifest.Value;

    /// <summary>Returns a stream over one embedded compiled file.</summary>
    /// <param name="fileName">The file name, e.g. <c>icd10cm-2026.mcd</c>.</param>
    /// <returns>The stream; the caller disposes it.</returns>
    /// <exception cref="FileNotFoundException">The package embeds no such file.</exception>
    public Stream Open(string fileName)
    {
        ArgumentException.ThrowIfNullOrEmpty(fileName);
        return _assembly.GetManifestResourceStream(ResourcePrefix + fileName)
            ?? throw new FileNotFoundException(
                $"{_assembly.GetName().Name} embeds no compiled file '{fileName}'; it embeds {string.Join(", ", Manifest.Entries.Select(e => e.FileName))}.",
                fileName);
    }

    /// <summary>
    /// Returns the bytes of one embedded compiled file in place: where the runtime has mapped the assembly's image (an
    /// assembly loaded from a file, which cannot be unloaded), the memory of the resource itself, which no reader copies
    /// and which stays as it is while the process runs; otherwise a copy.
    /// </summary>
    /// <param name="fileName">The file name, e.g. <c>icd10cm-index-2017.mcd</c>.</param>
    /// <returns>The file's bytes.</returns>
    /// <exception cref="FileNotFoundException">The package embeds no such file.</exception>
    public unsafe ReadOnlyMemory<byte> OpenMemory(string fileName)
    {
        using var stream = Open(fileName);
        if (stream is UnmanagedMemoryStream mapped && !_assembly.IsCollectible && mapped.Length <= int.MaxValue)
        {
            return new ResourceMemory(mapped.PositionPointer, (int)mapped.Length).Memory;
        }

        var copy = new byte[stream.Length];
        stream.ReadExactly(copy);
        return copy;
    }

    /// <summary>Returns the embedded releases of one system as a schedule; each is read from its resource's bytes in place (<see cref="OpenMemory"/>) on first use.</summary>
    /// <typeparam name="T">The loaded release type.</typeparam>
    /// <param name="system">The code system or data set.</param>
    /// <param name="load">Reads a compiled file: its bytes, which stay as they are while the process runs, and its name, for messages.</param>
    /// <returns>The schedule.</returns>
    public ReleaseSchedule<T> ScheduleInPlace<T>(CodeSystem system, Func<ReadOnlyMemory<byte>, string, T> load)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(load);
        return Schedule(system, fileName => load(OpenMemory(fileName), fileName));
    }

    /// <summary>Returns the embedded releases of one system as a schedule; each is read from its resource on first use.</summary>
    /// <typeparam name="T">The loaded release type.</typeparam>
    /// <param name="system">The code system or data set.</param>
    /// <param name="load">Reads a compiled file: the stream and its name, for messages.</param>
    /// <returns>The schedule.</returns>
    public ReleaseSchedule<T> Schedule<T>(CodeSystem system, Func<Stream, string, T> load)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(load);
        return Schedule(system, fileName =>
        {
            using var stream = Open(fileName);
            return load(stream, fileName);
        });
    }

    /// <summary>The schedule of a system's embedded releases, each loaded from its file name on first use.</summary>
    private ReleaseSchedule<T> Schedule<T>(CodeSystem system, Func<string, T> load)
        where T : class =>
        new(system, Manifest.For(system).Select(entry => (entry.Release, (Func<T>)(() => load(entry.FileName)))));

    private ReleaseManifest ReadManifest()
    {
        var name = ResourcePrefix + ReleaseManifest.FileName;
        using var stream = _assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The {_assembly.GetName().Name} assembly lacks its resource {name}: it was built without its data.");
        using var reader = new StreamReader(stream);
        return ReleaseManifest.Parse(reader, name);
    }
}
