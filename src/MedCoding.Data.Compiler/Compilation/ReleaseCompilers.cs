using MedCoding.CodeSets;

namespace MedCoding.Data.Compilation;

/// <summary>Returns the compiler of each code system the data packages embed, by its short name.</summary>
internal static class ReleaseCompilers
{
    /// <summary>Gets every compiler, in the order help lists them.</summary>
    public static IReadOnlyList<IReleaseCompiler> All { get; } =
    [
        new Icd10CmCompiler(),
        new HcpcsCompiler(),
        new GemsCompiler(),
        new Icd10PcsCompiler(),
        new MsDrgCompiler(),
        new PoaExemptCompiler(),
        new MceCompiler(),
        .. IndexCompiler.All,
        new TitleWordsCompiler(),
    ];

    /// <summary>Returns the compiler of a system.</summary>
    /// <param name="name">The short name (<c>icd10cm</c>...), any case.</param>
    /// <returns>The compiler.</returns>
    /// <exception cref="ArgumentException">No compiler has that name.</exception>
    public static IReleaseCompiler Get(string name) =>
        All.FirstOrDefault(c => string.Equals(c.Name, name, StringComparison.OrdinalIgnoreCase))
        ?? throw new ArgumentException($"No data compiler for {MessageText.Quote(name)}; known: {string.Join(", ", All.Select(c => c.Name))}.", nameof(name));

    /// <summary>Writes a compiled release and reads it back, throwing when it does not read back as written.</summary>
    /// <typeparam name="T">The release type.</typeparam>
    /// <param name="release">The release read from the official files.</param>
    /// <param name="write">Writes it.</param>
    /// <param name="read">Reads it back.</param>
    /// <param name="findDifference">Describes the first difference between the two, or returns <see langword="null"/>.</param>
    /// <param name="name">The release's name, for the message.</param>
    /// <returns>The compiled bytes.</returns>
    /// <exception cref="InvalidDataException">The compiled bytes do not read back as the release.</exception>
    public static byte[] WriteVerified<T>(T release, Action<T, Stream> write, Func<Stream, T> read, Func<T, T, string?> findDifference, string name)
    {
        using var buffer = new MemoryStream();
        write(release, buffer);
        buffer.Position = 0;
        return findDifference(release, read(buffer)) is { } difference
            ? throw new InvalidDataException($"{name} does not read back as written: {difference}")
            : buffer.ToArray();
    }
}
