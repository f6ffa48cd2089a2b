#!/bin/sh
# A STAND-IN for the K3s install script, not the real one: it checks what the air-gap procedure requires and writes
# the files the real script writes, so that K8sFootprint's installer can be driven end to end.
set -e
[ "$INSTALL_K3S_SKIP_DOWNLOAD" = true ] || { echo "stand-in: expected INSTALL_K3S_SKIP_DOWNLOAD=true" >&2; exit 1; }
[ -x /usr/local/bin/k3s ] || { echo "stand-in: expected /usr/local/bin/k3s" >&2; exit 1; }
case "$INSTALL_K3S_EXEC" in
  *--cluster-init*) ;;
  *) echo "stand-in: expected --cluster-init (embedded etcd); got '$INSTALL_K3S_EXEC'" >&2; exit 1 ;;
esac
[ -f /var/lib/rancher/k3s/agent/images/k3s-airgap-images-amd64.tar.zst ] || { echo "stand-in: no airgap images" >&2; exit 1; }
mkdir -p /etc/rancher/k3s /var/lib/rancher/k3s/server/db/etcd /var/lib/rancher/k3s/standin /etc/systemd/system
echo "ExecStart=/usr/local/bin/k3s $INSTALL_K3S_EXEC" > /etc/systemd/system/k3s.service
echo "$INSTALL_K3S_EXEC" > /var/lib/rancher/k3s/standin/exec
cat > /usr/local/bin/k3s-uninstall.sh <<'UNINSTALL'
#!/bin/sh
# Stand-in uninstall: removes what the stand-in install wrote and, like the real one, leaves /var/lib/rancher and
# /etc/rancher themselves.
rm -rf /usr/local/bin/k3s /etc/rancher/k3s /var/lib/rancher/k3s /etc/systemd/system/k3s.service
rm -f /usr/local/bin/k3s-uninstall.sh
UNINSTALL
chmod 755 /usr/local/bin/k3s-uninstall.sh
echo "[INFO]  stand-in: installed k3s ($INSTALL_K3S_EXEC)"
