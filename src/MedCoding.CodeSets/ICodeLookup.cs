namespace MedCoding.CodeSets;

/// <summary>
/// Looks codes up in one release of a code system.
/// </summary>
/// <remarks>Implementations are immutable and safe to share across threads.</remarks>
public interface ICodeLookup
{
    /// <summary>Gets the release the lookup answers for.</summary>
    Release Release { get; }

    /// <summary>Gets the entry for a code, in any form a user might type it.</summary>
    /// <param name="code">The code, e.g. <c>E11.65</c> or <c>e1165</c>.</param>
    /// <returns>The entry.</returns>
    /// <exception cref="CodeNotFoundException">The code is malformed or not in this release.</exception>
    CodeEntry this[string code] { get; }

    /// <summary>Returns the entry for a code, or <see langword="null"/> when the code is malformed or not in this release.</summary>
    /// <param name="code">The code, in any form a user might type it.</param>
    /// <returns>The entry, or <see langword="null"/>.</returns>
    CodeEntry? Find(string code);
}
