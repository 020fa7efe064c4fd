// Issue 18's fidelity capture: the JDK calls Kafka, Netty and RocketMQ sit on, each between two markers (an
// open of /nonexistent/dpl-mark-<name>, which fails with ENOENT) so the capture can cut out its window.
// Usage: java RealSystems.java FILE COMMITLOG. A daemon thread drains the socket (its reads are another
// thread's); for the producer window another thread sends P bytes, all queued before the main thread reads.
// The fetch window is Kafka's fetch size: the segment in transferTo calls of at most FETCH bytes.
import java.io.FileInputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

public class RealSystems {
  static final int B = 65536;
  /** RocketMQ's producer side: the message bytes and the size of each read of them. */
  static final int P = 65536;
  static final int PB = 16384;
  /** Kafka's fetch size (max.partition.fetch.bytes): each fetch response is one transferTo of at most this. */
  static final int FETCH = 262144;

  static void mark(String name) {
    try {
      new FileInputStream("/nonexistent/dpl-mark-" + name).close();
    } catch (IOException expected) {
      // The failed open is the marker.
    }
  }

  static void sendAll(SocketChannel out, ByteBuffer b) throws IOException {
    while (b.hasRemaining()) out.write(b);
  }

  /** read() into `b`, then write() it out: a heap buffer goes through the JDK's temporary direct buffer. */
  static void copyLoop(FileChannel in, SocketChannel out, ByteBuffer b) throws IOException {
    in.position(0);
    while (in.read(b) > 0) {
      b.flip();
      sendAll(out, b);
      b.clear();
    }
  }

  public static void main(String[] args) throws Exception {
    Path file = Path.of(args[0]);
    long size = Files.size(file);
    ServerSocketChannel server = ServerSocketChannel.open();
    server.bind(new InetSocketAddress("127.0.0.1", 0));
    Thread sink = new Thread(() -> {
      try (SocketChannel c = server.accept()) {
        ByteBuffer b = ByteBuffer.allocateDirect(1 << 20);
        while (c.read(b) >= 0) b.clear();
      } catch (IOException e) {
        // The sender closed.
      }
    });
    sink.setDaemon(true);
    sink.start();
    try (SocketChannel out = SocketChannel.open(server.getLocalAddress());
        FileChannel in = FileChannel.open(file, StandardOpenOption.READ)) {
      // Warm the classes each window uses, so class loading stays outside the windows.
      copyLoop(in, out, ByteBuffer.allocate(B));
      copyLoop(in, out, ByteBuffer.allocateDirect(B));
      in.transferTo(0, size, out);

      mark("transferTo");
      for (long pos = 0; pos < size; ) pos += in.transferTo(pos, size - pos, out);
      mark("heap");
      copyLoop(in, out, ByteBuffer.allocate(B));
      mark("direct");
      copyLoop(in, out, ByteBuffer.allocateDirect(B));
      mark("mapped");
      MappedByteBuffer m = in.map(FileChannel.MapMode.READ_ONLY, 0, size);
      sendAll(out, m);
      mark("end");
      // A consumer fetching the segment FETCH bytes at a time: one FileRecords.writeTo per fetch response.
      mark("fetch");
      for (long pos = 0; pos < size; ) pos += in.transferTo(pos, Math.min(FETCH, size - pos), out);
      mark("fetchEnd");
    }
    producer(server, Path.of(args[1]));
  }

  /**
   * RocketMQ's producer side: MappedFile maps the commit log READ_WRITE (FileChannel.map: size check,
   * ftruncate, mmap), the message is read from the producer's connection and put into the mapping
   * (MappedByteBuffer.put: stores), and force() flushes it (msync).
   */
  static void producer(ServerSocketChannel server, Path commitLog) throws Exception {
    Thread source = new Thread(() -> {
      try (SocketChannel c = SocketChannel.open(server.getLocalAddress())) {
        sendAll(c, ByteBuffer.allocateDirect(P));
        Thread.sleep(2000);
      } catch (Exception e) {
        // The broker closed.
      }
    });
    source.start();
    try (SocketChannel in = server.accept();
        FileChannel log = FileChannel.open(commitLog, StandardOpenOption.CREATE,
            StandardOpenOption.READ, StandardOpenOption.WRITE)) {
      ByteBuffer b = ByteBuffer.allocateDirect(PB);
      // Let the whole message arrive first, so each read returns a full buffer (as the model's loopback run).
      Thread.sleep(500);
      mark("producer");
      MappedByteBuffer m = log.map(FileChannel.MapMode.READ_WRITE, 0, P);
      while (m.hasRemaining()) {
        b.clear();
        b.limit(Math.min(PB, m.remaining()));
        if (in.read(b) < 0) break;
        b.flip();
        m.put(b);
      }
      m.force();
      mark("producerEnd");
    }
    source.join();
  }
}
