using Microsoft.Extensions.Time.Testing;

namespace K8sFootprint.Tests;

/// <summary>Runs a task that waits on a fake clock: advances the clock in steps, yielding to the real one between
/// steps so that continuations run, until the task completes.</summary>
internal static class FakeClock
{
    public static async Task<T> Drive<T>(FakeTimeProvider time, Task<T> task, TimeSpan step)
    {
        await Drive(time, (Task)task, step);
        return await task;
    }

    public static async Task Drive(FakeTimeProvider time, Task task, TimeSpan step)
    {
        for (int i = 0; i < 100_000 && !task.IsCompleted; i++)
        {
            await Task.Delay(
                TimeSpan.FromMilliseconds(0.2), TimeProvider.System, TestContext.Current.CancellationToken);
            time.Advance(step);
        }

        await task;
    }
}
