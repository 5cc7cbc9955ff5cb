using MedCoding.CodeSets;
using MedCoding.CodeSets.IO;

namespace MedCoding.Data.Compilation;

/// <summary>
/// Compiles one code system's official release files into the compiled data format: what the build's data compiler
/// and <c>medcoding data compile</c> both run, so that the two cannot drift. One implementation per system.
/// </summary>
internal interface IReleaseCompiler
{
    /// <summary>Gets the system's short name, as the build and the command line write it (<c>icd10cm</c>, <c>icd10pcs</c>...).</summary>
    string Name { get; }

    /// <summary>Gets what a release folder holds, for help and messages.</summary>
    string FolderDescription { get; }

    /// <summary>
    /// Reads the official files of one release folder, writes the compiled bytes, reads them back and checks they are
    /// the release that was read (entry by entry), as NodaTime's update script re-reads its output.
    /// </summary>
    /// <param name="folder">The release folder.</param>
    /// <param name="compression">How to store the payload.</param>
    /// <returns>The release, its compiled bytes and a one-line summary.</returns>
    /// <exception cref="DataFileException">An official file is missing or malformed.</exception>
    /// <exception cref="InvalidDataException">The compiled bytes do not read back as written.</exception>
    CompiledRelease Compile(string folder, CompiledDataCompression compression);
}

/// <summary>One compiled release.</summary>
/// <param name="Release">The release, with the dates it is in force as published.</param>
/// <param name="Bytes">The compiled file's bytes.</param>
/// <param name="Summary">What was compiled, e.g. counts of codes.</param>
internal sealed record CompiledRelease(Release Release, byte[] Bytes, string Summary)
{
    /// <summary>Gets the file name the build gives the compiled release: <c>{system}-{version}.mcd</c>.</summary>
    /// <param name="compiler">The compiler's system name.</param>
    /// <returns>The file name.</returns>
    public string FileName(string compiler) => $"{compiler}-{Release.Version}.mcd";
}
