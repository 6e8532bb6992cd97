package org.mmrace.lang.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.junit.jupiter.api.Test;
import org.mmrace.lang.RaceResource;
import org.mmrace.lang.RaceResourceFactory;
import org.mmrace.model.scenario.ScenarioFactory;
import org.mmrace.model.scenario.Scenario;
import org.mmrace.model.scenario.ScenarioThread;
import org.mmrace.model.scenario.Store;

class RaceResourceTest {

  private static RaceResource load(String text) throws IOException {
    ResourceSet set = RaceResourceFactory.register(new ResourceSetImpl());
    RaceResource resource = (RaceResource) set.createResource(URI.createURI("mem:/t.race"));
    resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), Map.of());
    return resource;
  }

  private static String save(Resource resource) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    resource.save(out, Map.of());
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void commentsSurviveLoadAndSave() throws IOException {
    RaceResource resource = load(FormatterTest.MESSY);
    assertEquals(List.of(), resource.getErrors());
    assertEquals(FormatterTest.CANONICAL, save(resource));
  }

  @Test
  void editsMadeThroughTheModelAreSavedAsText() throws IOException {
    RaceResource resource = load("scenario s\nprocess P\nmap P.buf anon private rw\nthread P.t  # the writer\n"
        + "  store buf[0].0 data=A\n");
    Scenario scenario = resource.getScenario().orElseThrow();
    ScenarioThread thread = scenario.getThreads().get(0);
    Store store = ScenarioFactory.eINSTANCE.createStore();
    store.setAddress(org.eclipse.emf.ecore.util.EcoreUtil.copy(((Store) thread.getOperations().get(0)).getAddress()));
    store.getAddress().setFirstSector(7);
    store.getAddress().setLastSector(7);
    store.setData("B");
    store.getComments().add(" added in the model");
    thread.getOperations().add(store);
    assertEquals("scenario s\nprocess P\nmap P.buf anon private rw pages=1\nthread P.t  # the writer\n"
        + "  store buf[0].0 data=A\n  # added in the model\n  store buf[0].7 data=B\n", save(resource));
  }

  @Test
  void loadReportsSyntaxAndValidationProblemsWithPositions() throws IOException {
    RaceResource resource = load("scenario s\nprocess P\nthread P.t\n  stroe x\n  store buf[0] data=A\n");
    assertEquals(List.of("4:3: error: unknown operation 'stroe' (did you mean 'store'?); expected one of: store, load,"
        + " fork, exit, munmap, mprotect, madvise, dio_read, dio_write, aio_read, aio_write, aio_wait, vmsplice,"
        + " pipe_read, pin, dma_write, dma_read, unpin, ksm_merge, signal, wait, collapse",
        "5:9: error: undefined region 'buf' in process P (it maps nothing)"),
        Fixtures.messages(resource.getDiagnostics()));
    assertEquals(2, resource.getErrors().size());
    assertEquals(4, resource.getErrors().get(0).getLine());
    assertEquals(3, resource.getErrors().get(0).getColumn());
    assertEquals("mem:/t.race", resource.getErrors().get(0).getLocation());
  }

  @Test
  void aResourceLoadedWithSyntaxErrorsRefusesToSaveRatherThanDropStatements() throws IOException {
    RaceResource resource = load("scenario s\nprocess P P\n");
    IOException e = assertThrows(IOException.class, () -> save(resource));
    assertTrue(e.getMessage().contains("syntax errors"), e.getMessage());
  }
}
