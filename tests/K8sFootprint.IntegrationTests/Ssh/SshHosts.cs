namespace K8sFootprint.IntegrationTests.Ssh;

public sealed class SshHost1() : SshTestHost(1);

public sealed class SshHost2() : SshTestHost(2);

public sealed class SshHost3() : SshTestHost(3);

public sealed class SshHost4() : SshTestHost(4);

public sealed class SshHost5() : SshTestHost(5);
