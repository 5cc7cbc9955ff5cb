namespace MedCoding.Gems;

/// <summary>
/// The arrays in which the GEMs keep objects made on first use (a code's string, an entry, a mapping): each array is itself
/// made on first use, so that loading allocates and clears nothing for objects that may never be asked for.
/// </summary>
internal static class FirstUseCache
{
    /// <summary>Returns the array in <paramref name="field"/>, making it (once, whichever thread wins) if it is not there yet.</summary>
    public static T?[] Of<T>(ref T?[]? field, int length)
        where T : class =>
        Volatile.Read(ref field) ?? Interlocked.CompareExchange(ref field, new T?[length], null) ?? field;

}
