namespace MedCoding.Billing;

/// <summary>
/// Returns who did something: a user or system id and its job.
/// </summary>
/// <param name="Id">The user or system id (<c>coder-17</c>, <c>scrubber</c>); never a patient identifier.</param>
/// <param name="Role">The job the actor did it in.</param>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
public sealed record Actor(string Id, ActorRole Role);
